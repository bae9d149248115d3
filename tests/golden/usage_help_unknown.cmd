help
explian
