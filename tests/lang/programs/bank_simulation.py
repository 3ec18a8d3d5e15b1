# A seeded bank simulation: accounts as classes with properties and
# validation, a transaction log, reports with itertools/functools, and a
# JSON round trip of the final state.
import functools
import itertools
import json
import random


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    next_id = 1

    def __init__(self, owner, balance=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self._balance = round(balance, 2)
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance = round(self._balance + amount, 2)
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance = round(self._balance - amount, 2)
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance:.2f})"

    def __lt__(self, other):
        return self._balance < other._balance


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return "Savings" + super().__repr__()


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.log.append(("failed", src.id, dst.id, amount))
            return str(e)
        dst.deposit(amount)
        self.log.append(("ok", src.id, dst.id, amount))
        return "ok"

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.id))

    def total(self):
        return functools.reduce(lambda acc, a: acc + a.balance, self, 0.0)


rng = random.Random(2024) if hasattr(random, "Random") else None
random.seed(2024)
bank = Bank()
names = ["ana", "ben", "cai", "dee", "eli"]
for i, name in enumerate(names):
    cls = SavingsAccount if i % 2 else Account
    bank.open(cls, name, random.randint(50, 500))
print(list(bank))

accounts = list(bank)
for step in range(12):
    src, dst = random.sample(accounts, 2)
    amount = round(random.uniform(10, 200), 2)
    result = bank.transfer(src, dst, amount)
    print(f"{step:2d} {src.owner}->{dst.owner} {amount:7.2f} {result}")

for acct in bank:
    if isinstance(acct, SavingsAccount):
        print(acct.owner, "interest", acct.add_interest())

print(f"total {bank.total():.2f}")
print("richest", max(bank).owner, "poorest", min(bank).owner)
by_status = itertools.groupby(sorted(bank.log), key=lambda e: e[0])
for status, entries in by_status:
    entries = list(entries)
    print(status, len(entries), round(sum(e[3] for e in entries), 2))

state = {a.owner: {"balance": a.balance, "ops": len(a.history)} for a in bank}
text = json.dumps(state, sort_keys=True, indent=2)
print(text)
back = json.loads(text)
print(back == state, sorted(back)[:2])
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("rejected:", e)
