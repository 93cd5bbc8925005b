/** The `code` of the API's identity ProblemDetails (IdentityErrorCodes). */
export const IdentityErrorCodes = {
  DuplicateUserName: 'Identity:DuplicateUserName',
  DuplicateEmail: 'Identity:DuplicateEmail',
  DuplicateRoleName: 'Identity:DuplicateRoleName',
  StaticRoleCannotChange: 'Identity:StaticRoleCannotChange',
  CannotDeleteYourself: 'Identity:CannotDeleteYourself',
  CannotLockYourself: 'Identity:CannotLockYourself',
  MaxUsersReached: 'Identity:MaxUsersReached',
} as const;
