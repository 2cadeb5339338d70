# expect: failed values : is wrong
def activation_shapes(model, x):
    shapes = []
    leaves = [m for m in model.modules() if not list(m.children())]
    handles = [m.register_forward_hook(lambda m, i, o: shapes.append(tuple(i[0].shape))) for m in leaves]
    model(x)
    for h in handles:
        h.remove()
    return shapes
