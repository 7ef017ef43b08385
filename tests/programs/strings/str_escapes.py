print('tab\there', 'new\nline', 'cr\\r', 'quote\'s', "dq\"s", 'bell\a'.encode())
print(len('\n'), len(r'\n'), len('\\'), len('\x41'), '\x41\u00e9\U0001F600')
print(r'C:\path\to\file', r'\d+\s*', repr(r'\''))
print('''triple 'quoted' "string"''')
print("""line one
line two""")
print('a' '\n' 'b')
s = 'one\
two'
print(s)
print('\0' == '\x00', '\7' == '\a', '\0101')
