template
--help
