def greet(name, greeting):
    return f'{greeting}, {name}'

print(greet('a', 'hi'))
print(greet('b'))
