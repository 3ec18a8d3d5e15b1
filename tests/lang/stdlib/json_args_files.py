import json
for f in [lambda: json.dumps(1, foo=1), lambda: json.dumps(1, 2), lambda: json.loads("1", x=1),
          lambda: json.loads("1", 2), lambda: json.dumps(), lambda: json.loads(), lambda: json.dump(1),
          lambda: json.load(), lambda: json.dump(), lambda: json.dumps(obj=1), lambda: json.loads(s="2")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
f = open("/tmp/ftpy_test_json_dump_load.json", "w")
print(json.dump({"a": [1, 2], "b": None}, f, indent=1, sort_keys=True))
f.close()
f = open("/tmp/ftpy_test_json_dump_load.json")
print(json.load(f))
f.close()
f = open("/tmp/ftpy_test_json_dump_load.json")
print(f.read())
f.close()
