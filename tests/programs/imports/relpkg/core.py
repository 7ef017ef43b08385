base_value = 10
def describe():
    return f'core in {__package__}'
