/** The words for each rating, shared by the form (client) and the summary (server). */
export const ratingLabels = ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'] as const;
