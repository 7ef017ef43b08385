import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ["if", "match", "case", "type", "_", "print", "None", "none", "async", "", "True"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
