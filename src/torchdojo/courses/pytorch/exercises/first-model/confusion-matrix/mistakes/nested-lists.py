# expect: failed type : Python list
def confusion_matrix(preds, labels, num_classes):
    matrix = [[0] * num_classes for _ in range(num_classes)]
    for true_class, predicted_class in zip(labels.tolist(), preds.tolist()):
        matrix[int(true_class)][int(predicted_class)] += 1
    return matrix
