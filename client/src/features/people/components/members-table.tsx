import type { Member } from "@scorecard/shared/auth-schema";
import { MemberRow } from "./member-row.tsx";

export function MembersTable({
  org,
  members,
  onDone,
}: {
  org: string;
  members: readonly Member[];
  onDone: (message: string) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">People and their roles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Remove</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow key={member.email} org={org} member={member} onDone={onDone} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
