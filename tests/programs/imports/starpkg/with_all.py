__all__ = ['public_a', 'shared']
public_a = 'a'
public_b = 'b (not in __all__)'
_private = 'private'
shared = 'shared from with_all'
