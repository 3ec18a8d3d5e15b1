print("ok")
name = "cafÿ"
