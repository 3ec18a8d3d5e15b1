print("checking input")
raise ValueError("bad")
