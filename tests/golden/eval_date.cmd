eval
date('2024-02-29').add_years(-1)
