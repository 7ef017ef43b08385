b = bytearray(b'ab')
alias = b
b += b'cd'
print(b is alias, alias)
b *= 2
print(b is alias, alias)
print(bytes('é', 'latin-1'), bytes('é', encoding='utf-16-le'), bytearray('é', 'latin-1'), str(b'\xe9', 'latin-1'))
class B(bytes): pass
x = B(b'hello')
print(x[1], x[1:3], x.upper(), len(x), x + b'!')
l = [1]; la = l; l += [2]; print(la is l, la)
