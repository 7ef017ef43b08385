def parse_all(lines):
    for line in lines:
        yield int(line)

def total(lines):
    return sum(parse_all(lines))

print(total(['1', '2']))
print(total(['3', 'four']))
