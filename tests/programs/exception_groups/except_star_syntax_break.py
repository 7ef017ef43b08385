for i in range(3):
    try:
        raise ValueError(i)
    except* ValueError:
        break
