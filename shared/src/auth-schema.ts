import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "./password-policy.ts";
import { roleSchema } from "./roles.ts";

/**
 * The API contract for accounts, sessions, memberships, API tokens and organisations. Password
 * rules beyond the basic shape (length, common passwords) are checked by the server, which answers
 * 422 naming the field, so the rule lives in one place (password-policy.ts).
 */
const emailSchema = z.email().max(254);
const passwordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters, digits and single hyphens")
  .max(60);

export const accountSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  isInstallationAdmin: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

export const membershipSchema = z.object({
  organisation: z.string().describe("organisation slug"),
  organisationName: z.string(),
  role: roleSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

export const signInRequestSchema = z.object({ email: emailSchema, password: passwordSchema });
export const sessionResponseSchema = z.object({
  user: accountSchema,
  memberships: z.array(membershipSchema),
  csrfToken: z.string().describe("send as the x-csrf-token header with every state-changing request"),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const passwordChangeRequestSchema = z.object({ current: passwordSchema, new: passwordSchema });
export const passwordSetRequestSchema = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});

export const userCreateRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  password: passwordSchema.optional(),
});
export const userCreateResponseSchema = z.object({
  user: accountSchema,
  setPasswordLink: z
    .string()
    .optional()
    .describe("one-time link for the person to choose a password (when none was given); shown once"),
  setPasswordExpiresAt: z.string().optional(),
});
export type UserCreateResponse = z.infer<typeof userCreateResponseSchema>;

export const memberParamsSchema = z.object({ org: slugSchema, email: emailSchema });
export const memberPutRequestSchema = z.object({ role: roleSchema });
export const memberSchema = z.object({ email: z.string(), name: z.string(), role: roleSchema });
export const membersResponseSchema = z.array(memberSchema);
export type Member = z.infer<typeof memberSchema>;
export const memberInviteRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
});
export const memberInvitedResponseSchema = z.object({
  member: memberSchema,
  setPasswordLink: z
    .string()
    .optional()
    .describe("when the account was new: its one-time link to choose a password; shown once"),
  setPasswordExpiresAt: z.string().optional(),
});
export type MemberInvited = z.infer<typeof memberInvitedResponseSchema>;

export const orgParamsSchema = z.object({ org: slugSchema });
export const tokenParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const orgTokenParamsSchema = orgParamsSchema.extend(tokenParamsSchema.shape);

export const tokenCreateRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: roleSchema,
});
export const installationTokenCreateRequestSchema = z.object({ name: z.string().trim().min(1).max(100) });
export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  organisation: z.string().nullable().describe("null for an installation token"),
  role: roleSchema.nullable().describe("null for an installation token, which acts as installation admin"),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokensResponseSchema = z.array(apiTokenSchema);
export const apiTokenCreatedResponseSchema = apiTokenSchema.extend({
  token: z.string().describe("the secret, shown only in this answer: send as Authorization: Bearer <token>"),
});

export const organisationCreateRequestSchema = z.object({
  laCode: z.string().regex(/^[0-9]{3}$/, "must be a 3-digit DfE (old) LA code such as 330"),
  slug: slugSchema.optional(),
  isPublic: z.boolean().default(true),
});
export const organisationSchema = z.object({
  slug: z.string(),
  name: z.string(),
  laCode: z.string(),
  newLaCode: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  isPublic: z.boolean(),
  isDefault: z.boolean().describe("the organisation the unscoped routes and the site's front page serve"),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationsResponseSchema = z.array(organisationSchema);

/**
 * `/sign-in`: where to go after signing in. Only an address on this site (one leading slash), so a
 * crafted link cannot send someone elsewhere after they sign in.
 */
export const signInSearchSchema = z.object({
  redirect: z
    .string()
    .regex(/^\/(?![/\\])/)
    .optional()
    .catch(undefined),
});
export type SignInSearch = z.infer<typeof signInSearchSchema>;
