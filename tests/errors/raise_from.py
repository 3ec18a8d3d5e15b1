def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ValueError("missing setting: " + key) from e


load({"a": 1}, "b")
