import { createBrowserRouter, Navigate } from "react-router-dom";
import { AppLayout } from "./AppLayout";
import { ContactPage } from "./ContactPage";
import { ContactsPage } from "./ContactsPage";
import { JobBoardPage } from "./JobBoardPage";
import { JobEditPage } from "./JobEditPage";
import { JobsPage } from "./JobsPage";
import { LoginPage } from "./LoginPage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorPage } from "./RouteErrorPage";
import { TalentPoolPage } from "./TalentPoolPage";
import { TalentPoolsPage } from "./TalentPoolsPage";

/** The app's routes: one page component per route; every screen has a deep link. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: "/", element: <Navigate to="/jobs" replace /> },
      { path: "/login", element: <LoginPage /> },
      {
        element: <AppLayout />,
        children: [
          { path: "/jobs", element: <JobsPage /> },
          { path: "/jobs/new", element: <JobEditPage /> },
          { path: "/jobs/:jobId", element: <JobBoardPage /> },
          { path: "/jobs/:jobId/edit", element: <JobEditPage /> },
          { path: "/pools", element: <TalentPoolsPage /> },
          { path: "/pools/:poolId", element: <TalentPoolPage /> },
          { path: "/contacts", element: <ContactsPage /> },
          { path: "/contacts/:contactId", element: <ContactPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
