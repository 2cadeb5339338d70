# expect: failed shape : items; expected 3
def activation_shapes(model, x):
    shapes = []
    handles = [m.register_forward_hook(lambda m, i, o: shapes.append(tuple(o.shape))) for m in model.modules()]
    model(x)
    for h in handles:
        h.remove()
    return shapes
