def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise RuntimeError(f'missing configuration for {key!r}')

print('config lookup')
lookup({'a': 1}, 'b')
