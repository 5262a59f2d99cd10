/** Testimonial limits shared by the form (browser) and the server (P21). */
export const TESTIMONIAL_MAX_LENGTH = 1000;
export const RATINGS = [1, 2, 3, 4, 5] as const;
