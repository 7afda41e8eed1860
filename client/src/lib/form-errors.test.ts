import { organisationCreateRequestSchema, userCreateRequestSchema } from "@scorecard/shared/auth-schema";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client.ts";
import { checkForm, hasProblems, messageOf, problemsFromError } from "./form-errors.ts";

describe("checkForm", () => {
  it("gives each field its first problem, in the form's own words where given", () => {
    const problems = checkForm(userCreateRequestSchema, { email: "nope", name: " " }, ["email", "name"], {
      email: "Enter an email address, such as name@council.gov.uk",
    });
    expect(problems.fields).toEqual({
      email: "Enter an email address, such as name@council.gov.uk",
      name: expect.stringMatching(/^Too small/),
    });
    expect(problems.form).toEqual([]);
  });

  it("has no problems for values the schema accepts", () => {
    const problems = checkForm(organisationCreateRequestSchema, { laCode: "331" }, ["laCode", "slug"]);
    expect(hasProblems(problems)).toBe(false);
  });
});

describe("problemsFromError", () => {
  it("ties the server's 'field: message' answers to their fields", () => {
    const error = new ApiError(422, "laCode: DfE's data has no local authority with code 999");
    expect(problemsFromError(error, ["laCode", "slug"])).toEqual({
      fields: { laCode: "DfE's data has no local authority with code 999" },
      form: [],
    });
  });

  it("reads request-validation messages, several at once", () => {
    const error = new ApiError(400, "body.slug: must be lower-case letters; body.laCode: must be 3 digits");
    expect(problemsFromError(error, ["laCode", "slug"]).fields).toEqual({
      slug: "Must be lower-case letters",
      laCode: "Must be 3 digits",
    });
  });

  it("keeps a field's message whole when it has a semicolon of its own", () => {
    const error = new ApiError(
      409,
      "effectiveFrom: the rating rule already changed from 2018-04; a new change must apply from a later month",
    );
    expect(problemsFromError(error, ["effectiveFrom"])).toEqual({
      fields: {
        effectiveFrom:
          "The rating rule already changed from 2018-04; a new change must apply from a later month",
      },
      form: [],
    });
  });

  it("keeps refusals and failures for the form, saying what they mean", () => {
    expect(problemsFromError(new ApiError(403, "You do not have permission to do this"), ["email"])).toEqual({
      fields: {},
      form: [
        "You do not have permission to do this. Ask an org admin of this organisation, or the installation admin, if you need to.",
      ],
    });
    expect(problemsFromError(new ApiError(0, "email: unreachable"), ["email"]).form).toEqual([
      "email: unreachable",
    ]);
  });
});

describe("messageOf", () => {
  it("drops the field prefix and keeps the server's words", () => {
    expect(messageOf(new ApiError(409, "role: this is the organisation's last org admin"))).toBe(
      "This is the organisation's last org admin",
    );
    expect(messageOf(new ApiError(401, "Sign in to do this"))).toBe(
      "Sign in to do this. Your session may have ended: sign in again.",
    );
  });
});
