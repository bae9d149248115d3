score
tests/data/batch
--format
html
--sort
total
