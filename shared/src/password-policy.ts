/**
 * The password rule, shared so the client can say it before the server refuses it: at least 12
 * characters and not one of the passwords attackers try first (a short list; length does the rest).
 */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it cannot be used to load the server. */
export const MAX_PASSWORD_LENGTH = 256;

const commonPasswords = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "qwertyuiopas",
  "qwertyuiop123",
  "qwerty123456",
  "password1234",
  "password12345",
  "password123!",
  "passwordpassword",
  "passw0rd1234",
  "p@ssw0rd1234",
  "letmein12345",
  "welcome12345",
  "welcome123456",
  "iloveyou1234",
  "administrator",
  "admin1234567",
  "changeme1234",
  "football1234",
  "baseball1234",
  "sunshine1234",
  "princess1234",
  "monkey123456",
  "dragon123456",
  "trustno11234",
  "abc123456789",
  "abcdefghijkl",
  "aaaaaaaaaaaa",
  "111111111111",
  "000000000000",
  "correcthorsebatterystaple",
  "birmingham123",
  "birmingham2024",
  "birmingham2025",
  "scorecard1234",
  "scorecard123!",
  "summer2024!!",
  "winter2024!!",
  "spring2025!!",
  "autumn2024!!",
]);

/** What is wrong with a proposed password, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (commonPasswords.has(password.toLowerCase())) return "is too common: choose a less guessable password";
  return null;
}
