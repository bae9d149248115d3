template
--class
四类
