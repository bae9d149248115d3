score
tests/data/batch
--format
markdown
--sort
total
