validate
no-such-file.yaml
