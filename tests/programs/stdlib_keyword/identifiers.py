import keyword
def safe_name(name):
    if keyword.iskeyword(name):
        return name + "_"
    return name
for n in ["class", "klass", "from", "import_", "type", "lambda", "nonlocal", "await", "__peg_parser__"]:
    print(n, "->", safe_name(n), keyword.issoftkeyword(n))
print(len(keyword.softkwlist), type(keyword.kwlist).__name__)
