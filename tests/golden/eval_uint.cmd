eval
2u * 3u
