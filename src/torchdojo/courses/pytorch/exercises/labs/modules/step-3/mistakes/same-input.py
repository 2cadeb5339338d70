# expect: error runs : cannot be multiplied
def layer_output_shapes(model, x):
    return [tuple(layer(x).shape) for layer in model]
