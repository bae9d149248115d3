test
--help
