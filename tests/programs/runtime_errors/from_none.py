def convert(x):
    try:
        return float(x)
    except ValueError:
        raise TypeError('expected something numeric') from None

convert('nope')
