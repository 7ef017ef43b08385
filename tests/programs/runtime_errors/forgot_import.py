print(json.dumps([1]))
