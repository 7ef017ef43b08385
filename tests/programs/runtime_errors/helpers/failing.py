def explode(n):
    if n == 0:
        raise OverflowError('countdown finished badly')
    return explode(n - 1)
