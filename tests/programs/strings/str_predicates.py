tests = ['abc', 'ABC', 'Abc', '123', '12.3', '', ' ', 'a1', 'Hello World', '\t\n', 'ⅷ', '²', 'é', '_x', 'class']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
