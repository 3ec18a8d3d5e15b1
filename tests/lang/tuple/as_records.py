# Tuples as lightweight records.
people = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cy", 31, "Lima"),
          ("Dee", 19, "Oslo")]
for name, age, city in people:
    print(name.ljust(4), str(age).rjust(3), city)
print(sorted(people, key=lambda p: (p[1], p[0])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
oldest = max(people, key=lambda p: p[1])
print(oldest)
ages = tuple([p[1] for p in people])
print(ages, sum(ages) / len(ages))
names, agelist, cities = zip(*people)
print(names, agelist, cities)
print(list(zip(names, agelist)))
