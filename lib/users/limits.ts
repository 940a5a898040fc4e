// What the password forms and their schemas share. No zod here: the forms ship to the browser.

export const PASSWORD_MIN = 12;
