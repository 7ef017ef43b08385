import io, sys, tempfile, os
path = os.path.join(tempfile.mkdtemp(), "t.txt")
with open(path, "w") as f:
    print(type(f).__module__, type(f).__qualname__, type(f).__name__, type(f))
    f.write("hi")
with open(path, "rb") as f:
    print(type(f).__module__, type(f).__name__, type(f))
with open(path, "ab") as f:
    print(type(f).__module__, type(f).__name__)
print(type(sys.stdout).__module__, type(sys.stdout).__name__, isinstance(sys.stdout, io.TextIOWrapper))
print(io.StringIO.__module__, io.BytesIO.__name__)
