eval
1
--facts
no-such-file.yaml
