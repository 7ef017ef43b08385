import keyword
print(keyword.iskeyword("IF"), keyword.iskeyword(" if"), keyword.iskeyword(5), keyword.issoftkeyword(None))
print([w for w in ["True", "False", "None"] if keyword.iskeyword(w)])
print(set(keyword.kwlist) & set(keyword.softkwlist))
