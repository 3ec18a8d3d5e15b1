price = 10 € 2
