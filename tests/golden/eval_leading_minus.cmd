eval
--
-(4.5)
