import type { Area } from "@scorecard/shared/api-schema";
import { areaKindLabels, inHierarchyOrder } from "./area-order.ts";

/** The organisation's areas, each under its parent, with the slug a return file names it by. */
export function AreasTable({ areas }: { areas: readonly Area[] }) {
  const names = new Map(areas.map((area) => [area.id, area.name]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">The organisation's areas, each under its parent</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Slug</th>
            <th scope="col">Kind</th>
            <th scope="col">Parent</th>
          </tr>
        </thead>
        <tbody>
          {inHierarchyOrder(areas).map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.name}</th>
              <td>
                <code>{area.id}</code>
              </td>
              <td>{areaKindLabels[area.kind]}</td>
              <td>{area.parentId ? (names.get(area.parentId) ?? area.parentId) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
