# Bank account simulation with dicts and functions.
accounts = {}
ledger = []
next_id = [1000]


def open_account(owner, deposit=0):
    acct_id = next_id[0]
    next_id[0] += 1
    accounts[acct_id] = {"owner": owner, "balance": 0, "history": [], "frozen": False}
    if deposit:
        deposit_to(acct_id, deposit)
    return acct_id


def record(acct_id, kind, amount):
    entry = (len(ledger) + 1, acct_id, kind, amount)
    ledger.append(entry)
    accounts[acct_id]["history"].append(entry[0])


def get(acct_id):
    if acct_id not in accounts:
        raise KeyError("no account " + str(acct_id))
    acct = accounts[acct_id]
    if acct["frozen"]:
        raise PermissionError("account " + str(acct_id) + " is frozen")
    return acct


def deposit_to(acct_id, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive, got " + str(amount))
    get(acct_id)["balance"] += amount
    record(acct_id, "deposit", amount)


def withdraw(acct_id, amount):
    acct = get(acct_id)
    if amount > acct["balance"]:
        raise ValueError("insufficient funds: balance " + str(acct["balance"]) +
                         ", requested " + str(amount))
    acct["balance"] -= amount
    record(acct_id, "withdraw", amount)


def transfer(src, dst, amount):
    get(dst)
    withdraw(src, amount)
    deposit_to(dst, amount)


def apply_interest(rate_percent):
    for acct_id, acct in accounts.items():
        if acct["frozen"] or acct["balance"] <= 0:
            continue
        interest = acct["balance"] * rate_percent // 100
        if interest:
            acct["balance"] += interest
            record(acct_id, "interest", interest)


def cents(n):
    sign = "-" if n < 0 else ""
    n = abs(n)
    return sign + str(n // 100) + "." + str(n % 100).zfill(2)


def statement(acct_id):
    acct = accounts[acct_id]
    lines = [str(acct_id) + " " + acct["owner"]]
    for entry_no in acct["history"]:
        no, a, kind, amount = ledger[entry_no - 1]
        lines.append("  #" + str(no).zfill(3) + " " + kind.ljust(9) + cents(amount).rjust(10))
    lines.append("  balance".ljust(16) + cents(acct["balance"]).rjust(10))
    return "\n".join(lines)


def attempt(label, action, *args):
    try:
        action(*args)
        print("ok   ", label)
    except (ValueError, KeyError, PermissionError) as e:
        print("fail ", label, "->", type(e).__name__ + ":", e)


ann = open_account("Ann", 50000)
bob = open_account("Bob", 1250)
cy = open_account("Cy")
attempt("bob withdraws 10.00", withdraw, bob, 1000)
attempt("bob withdraws 10.00 again", withdraw, bob, 1000)
attempt("ann -> cy 123.45", transfer, ann, cy, 12345)
attempt("cy deposits -5", deposit_to, cy, -500)
attempt("transfer to missing", transfer, ann, 4242, 100)
accounts[bob]["frozen"] = True
attempt("deposit to frozen bob", deposit_to, bob, 100)
accounts[bob]["frozen"] = False
for month in range(1, 4):
    apply_interest(2)
    print("month", month, [cents(accounts[a]["balance"]) for a in accounts])
for i in range(10):
    attempt("round-robin " + str(i), transfer, [ann, bob, cy][i % 3], [ann, bob, cy][(i + 1) % 3], 777 * (i + 1))
print()
for acct_id in accounts:
    print(statement(acct_id))
    print()
totals = {}
for no, acct_id, kind, amount in ledger:
    totals[kind] = totals.get(kind, 0) + amount
print("ledger entries:", len(ledger))
print("totals by kind:", {k: cents(v) for k, v in totals.items()})
richest = max(accounts, key=lambda a: accounts[a]["balance"])
print("richest:", accounts[richest]["owner"], cents(accounts[richest]["balance"]))
print("checksum", sum([a["balance"] for a in accounts.values()]))
