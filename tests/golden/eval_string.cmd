eval
'司法' + "所\n"
