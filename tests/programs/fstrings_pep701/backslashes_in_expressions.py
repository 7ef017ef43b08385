words = ['a', 'b', 'c']
print(f"{'\n'.join(words)}")
print(f"{'\t'.join(words)!r}")
print(f"{'\\'.join(words)}")
print(f"{'\x41\u00e9'}")
print(f"{'\N{BLACK STAR}'} {"\N{GREEK SMALL LETTER PI}"}")
sep = '\n'
print(f"{sep.join(w.upper() for w in words)}")
print(f"{words[0]!r:\u003e5}" if False else f"{'end'}")
