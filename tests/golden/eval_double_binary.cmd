eval
double(0.1) + double(0.2)
