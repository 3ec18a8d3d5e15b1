def check(balance):
    assert balance >= 0, "balance went negative: " + str(balance)
    return balance


check(10)
check(-5)
