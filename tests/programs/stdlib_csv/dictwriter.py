import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "score"])
print(w.fieldnames, repr(w.restval), w.extrasaction)
print(w.writeheader())
print(w.writerow({"id": 1, "name": "Ann", "score": 9.5}))
print(w.writerow({"name": "Bob, Jr."}))
print(w.writerows([{"id": 3, "score": None}, {"score": 0, "id": 4, "name": 'Q "x"'}]))
print(repr(buf.getvalue()))

# restval and extrasaction="ignore" (case-insensitive)
buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"], restval="NA", extrasaction="IGNORE",
                   lineterminator="\n")
print(w.extrasaction)
w.writeheader()
w.writerow({"a": 1, "zzz": 2})
w.writerow({})
print(repr(buf.getvalue()))

# extra keys are an error by default
buf = io.StringIO()
w = csv.DictWriter(buf, ("a", "b"))
for row in [{"a": 1, "c": 3}, {"c": 1, "a": 2}, {("t",): 1}]:
    try:
        w.writerow(row)
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(buf.getvalue()))

# invalid extrasaction values
for action in ["skip", "", "Raise"]:
    try:
        w = csv.DictWriter(io.StringIO(), ["a"], extrasaction=action)
        print("accepted", w.extrasaction)
    except ValueError as e:
        print(type(e).__name__, e)

# rows must be mappings
for bad in [[1, 2], "ab", 3]:
    try:
        csv.DictWriter(io.StringIO(), ["a"]).writerow(bad)
    except Exception as e:
        print(type(e).__name__, e)

# fieldnames from an iterator are materialised
buf = io.StringIO()
w = csv.DictWriter(buf, iter(["x", "y"]), quoting=csv.QUOTE_ALL, delimiter=";")
print(w.fieldnames)
w.writeheader()
w.writerows([{"x": 1}, {"y": 2}])
print(repr(buf.getvalue()))

# missing fieldnames argument
try:
    csv.DictWriter(io.StringIO())
except TypeError as e:
    print(type(e).__name__, e)

# writing with DictWriter and reading back with DictReader
records = [{"k": "v1", "note": "multi\nline"}, {"k": "v2", "note": ""}]
buf = io.StringIO(newline="")
w = csv.DictWriter(buf, ["k", "note"])
w.writeheader()
w.writerows(records)
buf.seek(0)
print(list(csv.DictReader(buf)) == records)
print(csv.DictWriter[int])
